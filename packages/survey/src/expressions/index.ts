export { compileExpression, isTrue, ExpressionError, type CompiledExpression } from './expression.js';
