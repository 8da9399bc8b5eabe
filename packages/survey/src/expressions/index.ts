export {
  compileExpression,
  isEmpty,
  isTrue,
  ExpressionError,
  type CompiledExpression,
  type ExpressionErrorCode,
} from './expression.js';
