// Python's precedence table, lowest to highest binding. The Pratt parser's rule table
// (parser/expr.ts) maps each infix token to one of these levels.

// The lowest levels also say where `x := y` may stand (it is no infix operator: the loop takes it
// only at a parse's top level, minPrec <= P_WALRUS).
/** An expression statement: `x := 1` is invalid syntax, `a.b := 1` names what cannot be assigned */
export const P_STATEMENT = -2;
/** A positional call argument: a walrus after a plain name only */
export const P_ARGUMENT = -1;
/** A named expression (displays, conditions, subscripts): a walrus allowed */
export const P_LOWEST = 0;
/** An expression (assignment values, keyword arguments, `return`...): a walrus is invalid syntax;
 * also the level of a walrus's own value */
export const P_WALRUS = 1;
/** `lambda` */
export const P_LAMBDA = 2;
/** `a if c else b` */
export const P_COND = 3;
/** `or` */
export const P_OR = 4;
/** `and` */
export const P_AND = 5;
/** `not x` */
export const P_NOT = 6;
/** `in`, `not in`, `is`, `is not`, `<`, `<=`, `>`, `>=`, `!=`, `==` (chained) */
export const P_CMP = 7;
/** `|` */
export const P_BOR = 8;
/** `^` */
export const P_BXOR = 9;
/** `&` */
export const P_BAND = 10;
/** `<<`, `>>` */
export const P_SHIFT = 11;
/** `+`, `-` */
export const P_ARITH = 12;
/** `*`, `@`, `/`, `//`, `%` */
export const P_TERM = 13;
/** unary `+x`, `-x`, `~x` */
export const P_UNARY = 14;
/** `**` (right-associative; its right operand is a unary expression) */
export const P_POWER = 15;
/** `await x` */
export const P_AWAIT = 16;
/** `x(...)`, `x[...]`, `x.attr` */
export const P_PRIMARY = 17;
