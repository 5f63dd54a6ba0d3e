import '../../assets/lens.css';
import './history.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HistoryApp } from './HistoryApp';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <HistoryApp locale={navigator.language} />
    </StrictMode>,
  );
}
