import '../../assets/lens.css';
import { mountPanel } from './mount';

mountPanel(document.getElementById('root'));
