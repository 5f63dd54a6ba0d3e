import './style.css';
import { mountPanel } from './mount';

mountPanel(document.getElementById('root'));
