import { render } from 'preact';
import { FactBaseDB } from '@/lib/factbase/db';
import { App } from './App';
import './options.css';

render(<App db={new FactBaseDB()} />, document.getElementById('app')!);
