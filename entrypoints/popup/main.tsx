import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { browserPopupApi } from '@/components/popup/popup-api';
import './popup.css';

render(<Popup api={browserPopupApi()} />, document.getElementById('app')!);
