// The demo element's "DEVISUS default", loaded with import() only when no data, inline JSON or src is given.
import { samplePractices } from './sample-practices.js';

export default samplePractices;
