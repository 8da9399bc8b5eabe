export { default } from './en.js'; // placeholder until translated
