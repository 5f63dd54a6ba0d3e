import { defineBackground } from '#imports';
import { startBackground } from './service';

export default defineBackground(() => startBackground());
