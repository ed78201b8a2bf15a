// The opcode table, declared once. The emitter, the disassembler and stack-depth tracking all
// derive from it. Each instruction is one Int32 word for the opcode followed by its operands.
// Jump operands are relative to the jump instruction's own offset.

/** does nothing (left behind by fusion) */
export const NOP = 0;
/** discard TOS */
export const POP_TOP = 1;
/** push a copy of TOS */
export const DUP_TOP = 2;
/** copy the top two items */
export const DUP_TOP_TWO = 3;
/** swap the top two items */
export const ROT_TWO = 4;
/** lift TOS below the next two */
export const ROT_THREE = 5;
/** lift TOS below the next three */
export const ROT_FOUR = 6;
/** push consts[a] */
export const LOAD_CONST = 7;
/** push None */
export const LOAD_NONE = 8;
/** push local a (UnboundLocalError when unbound) */
export const LOAD_FAST = 9;
/** pop into local a */
export const STORE_FAST = 10;
/** unbind local a */
export const DELETE_FAST = 11;
/** push the value of cell a */
export const LOAD_DEREF = 12;
/** pop into cell a */
export const STORE_DEREF = 13;
/** unbind cell a */
export const DELETE_DEREF = 14;
/** push module global a, falling back to builtins */
export const LOAD_GLOBAL = 15;
/** pop into module global a */
export const STORE_GLOBAL = 16;
/** unbind module global a */
export const DELETE_GLOBAL = 17;
/** class body: push names[a] from the namespace, globals, builtins */
export const LOAD_NAME = 18;
/** class body: pop into the namespace */
export const STORE_NAME = 19;
/** class body: delete from the namespace */
export const DELETE_NAME = 20;
/** unresolved load of names[a]; patched to a LOAD_* when the module ends */
export const NAME_LOAD = 21;
/** unresolved store; patched */
export const NAME_STORE = 22;
/** unresolved delete; patched */
export const NAME_DELETE = 23;
/** TOS = getattr(TOS, names[a]); b = inline cache slot */
export const LOAD_ATTR = 24;
/** setattr(TOS, names[a], TOS1); b = inline cache slot */
export const STORE_ATTR = 25;
/** delattr(TOS, names[a]) */
export const DELETE_ATTR = 26;
/** replace TOS by [method, self] or [callable, NULL]; b = cache slot */
export const LOAD_METHOD = 27;
/** call the method under a args */
export const CALL_METHOD = 28;
/** like CALL_METHOD; the last len(consts[b]) args are keywords named by consts[b] */
export const CALL_METHOD_KW = 29;
/** TOS = TOS1[TOS] */
export const BINARY_SUBSCR = 30;
/** TOS1[TOS] = TOS2 */
export const STORE_SUBSCR = 31;
/** del TOS1[TOS] */
export const DELETE_SUBSCR = 32;
/** slice of the top a (2 or 3) items */
export const BUILD_SLICE = 33;
/** + */
export const BINARY_ADD = 34;
/** - */
export const BINARY_SUB = 35;
/** * */
export const BINARY_MUL = 36;
/** / */
export const BINARY_TRUEDIV = 37;
/** // */
export const BINARY_FLOORDIV = 38;
/** % */
export const BINARY_MOD = 39;
/** ** */
export const BINARY_POW = 40;
/** << */
export const BINARY_LSHIFT = 41;
/** >> */
export const BINARY_RSHIFT = 42;
/** & */
export const BINARY_AND = 43;
/** | */
export const BINARY_OR = 44;
/** ^ */
export const BINARY_XOR = 45;
/** @ */
export const BINARY_MATMUL = 46;
/** += */
export const INPLACE_ADD = 47;
/** -= */
export const INPLACE_SUB = 48;
/** *= */
export const INPLACE_MUL = 49;
/** /= */
export const INPLACE_TRUEDIV = 50;
/** //= */
export const INPLACE_FLOORDIV = 51;
/** %= */
export const INPLACE_MOD = 52;
/** **= */
export const INPLACE_POW = 53;
/** <<= */
export const INPLACE_LSHIFT = 54;
/** >>= */
export const INPLACE_RSHIFT = 55;
/** &= */
export const INPLACE_AND = 56;
/** |= */
export const INPLACE_OR = 57;
/** ^= */
export const INPLACE_XOR = 58;
/** @= */
export const INPLACE_MATMUL = 59;
/** -TOS */
export const UNARY_NEG = 60;
/** +TOS */
export const UNARY_POS = 61;
/** not TOS */
export const UNARY_NOT = 62;
/** ~TOS */
export const UNARY_INVERT = 63;
/** < */
export const COMPARE_LT = 64;
/** <= */
export const COMPARE_LE = 65;
/** == */
export const COMPARE_EQ = 66;
/** != */
export const COMPARE_NE = 67;
/** > */
export const COMPARE_GT = 68;
/** >= */
export const COMPARE_GE = 69;
/** TOS1 is TOS (a=1: is not) */
export const IS_OP = 70;
/** TOS1 in TOS (a=1: not in) */
export const CONTAINS_OP = 71;
/** pc += a (relative to this instruction) */
export const JUMP = 72;
/** pop; jump by a when falsy */
export const POP_JUMP_IF_FALSE = 73;
/** pop; jump by a when truthy */
export const POP_JUMP_IF_TRUE = 74;
/** jump by a keeping TOS when falsy, else pop (stack effect on fall-through) */
export const JUMP_IF_FALSE_OR_POP = 75;
/** jump by a keeping TOS when truthy, else pop */
export const JUMP_IF_TRUE_OR_POP = 76;
/** TOS = iter(TOS) */
export const GET_ITER = 77;
/** push next(TOS), or pop the iterator and jump by a when exhausted */
export const FOR_ITER = 78;
/** return TOS to the caller */
export const RETURN_VALUE = 79;
/** call TOS[a] with the a positional args above it */
export const CALL = 80;
/** call with a args, the last len(consts[b]) of them keywords named by consts[b] */
export const CALL_KW = 81;
/** call TOS1-or-TOS2 with *args tuple (and **kwargs dict when a&1); a&2: the positional value
 * is any iterable and the keyword value any mapping, converted here */
export const CALL_EX = 82;
/** make a function from consts[a]; b flags: 1 defaults tuple, 2 kwdefaults dict */
export const MAKE_FUNCTION = 83;
/** tuple of the top a items */
export const BUILD_TUPLE = 84;
/** list of the top a items */
export const BUILD_LIST = 85;
/** set of the top a items */
export const BUILD_SET = 86;
/** dict of the top a key/value pairs */
export const BUILD_MAP = 87;
/** concatenate the top a strings */
export const BUILD_STRING = 88;
/** append TOS to the list a items down */
export const LIST_APPEND = 89;
/** add TOS to the set a items down */
export const SET_ADD = 90;
/** set TOS1: TOS in the dict a items down */
export const MAP_ADD = 91;
/** extend the list a items down by the iterable TOS */
export const LIST_EXTEND = 92;
/** update the set a items down with the iterable TOS */
export const SET_UPDATE = 93;
/** update the dict a items down with the mapping TOS */
export const DICT_UPDATE = 94;
/** like DICT_UPDATE but duplicate keys are an error (calls); a&255 items down, the callee two below the
 * dict (a > 255: a class statement's arguments, named `__build_class__()` in errors) */
export const DICT_MERGE = 95;
/** TOS = tuple(TOS) */
export const LIST_TO_TUPLE = 96;
/** format TOS; a&3: conversion (1 !s, 2 !r, 3 !a); a&4: a spec string is on top; a&8: the whole f-string (keep a str subclass) */
export const FORMAT_VALUE = 97;
/** unpack TOS into a items (first item on top) */
export const UNPACK_SEQUENCE = 98;
/** unpack with a starred target: a&255 before, a>>8 after */
export const UNPACK_EX = 99;
/** a=0: re-raise the handled exception; 1: raise TOS; 2: raise TOS1 from TOS */
export const RAISE = 100;
/** re-raise the exception on TOS (end of finally / cleanup) */
export const RERAISE = 101;
/** handler entry: save the handled exception under TOS and make TOS the handled one */
export const PUSH_EXC_INFO = 102;
/** handler exit: restore the saved handled exception from TOS */
export const POP_EXCEPT = 103;
/** TOS = isinstance(TOS1, TOS) for exception types (TOS1 stays) */
export const CHECK_EXC_MATCH = 104;
/** push AssertionError */
export const LOAD_ASSERTION_ERROR = 105;
/** pop a context manager; push its bound __exit__, then the __enter__() result */
export const BEFORE_WITH = 106;
/** normal exit: call the __exit__ on TOS with three Nones, pop it */
export const WITH_EXIT = 107;
/** exception in a with body: call __exit__ (TOS2) with the exception (TOS); push the result */
export const WITH_EXCEPT = 108;
/** suspend the generator, yielding TOS; the sent value replaces it on resume */
export const YIELD_VALUE = 109;
/** TOS = iter(TOS) for yield from (generators pass through) */
export const GET_YIELD_FROM_ITER = 110;
/** send TOS into the iterator TOS1: yielded value replaces TOS and falls through to YIELD_VALUE; on return pop both, push the result and jump by a */
export const SEND = 111;
/** TOS = the awaitable's iterator for await */
export const GET_AWAITABLE = 112;
/** make a class: body function, name, a bases/keywords above it; consts[b] names the keywords;
 * b = -1: the bases as a tuple and the keywords as a dict instead (`class C(*bases, **kw)`, a = 2) */
export const BUILD_CLASS = 113;
/** call with callee and arguments from fused operand list c: [op, words, argc, list, kwnames const or -1] */
export const CALL_FUSED = 114;
/** create __annotations__ in a class/module namespace */
export const SETUP_ANNOTATIONS = 115;
/** push module consts[a] (resolved before the run) */
export const IMPORT_NAME = 116;
/** push getattr(TOS, names[a]) with ImportError wording */
export const IMPORT_FROM = 117;
/** copy the public names of module TOS into the namespace */
export const IMPORT_STAR = 118;
/** push len(TOS) */
export const GET_LEN = 119;
/** push whether TOS is a mapping */
export const MATCH_MAPPING = 120;
/** push whether TOS is a sequence (not str/bytes) */
export const MATCH_SEQUENCE = 121;
/** TOS is a tuple of keys, TOS1 the subject: push a tuple of values or None */
export const MATCH_KEYS = 122;
/** TOS2 subject, TOS1 class, TOS tuple of keyword names, a positional count: push a tuple of attributes or None */
export const MATCH_CLASS = 123;
/** TOS1 mapping, TOS keys tuple: replace TOS with a dict copy lacking the keys */
export const COPY_DICT_WITHOUT_KEYS = 124;
/** push the value of fused expression tree a (see compiler/fuse.ts); b = words to skip */
export const FUSED_EXPR = 125;
/** local c = fused expression tree a; b = words to skip */
export const FUSED_STORE_FAST = 126;
/** jump by a when fused expression tree b is falsy, else skip c words */
export const FUSED_JUMP_IF_FALSE = 127;
/** jump by a when fused expression tree b is truthy, else skip c words */
export const FUSED_JUMP_IF_TRUE = 128;
/** class body: push __class__ cell for zero-argument super() */
export const LOAD_CLOSURE_CLASS = 129;
/** zero-argument super(), TOS the callee: the builtin super gets the implicit (__class__, self)
 * pushed and a jump by a (to a CALL 2); anything else falls through (to a CALL 0); b = the
 * __class__ cell index */
export const SUPER_ARGS = 130;
/** run fused statement tree a (a store or an augmented assignment); b = words to skip */
export const FUSED_STMT = 131;
/** push the operands of fused list a (compiler/fuse.ts); b = words to skip */
export const FUSED_PUSH = 132;
/** return consts[a] */
export const RETURN_CONST = 133;
/** TOS = TOS2[TOS1:TOS] */
export const BINARY_SLICE = 134;
/** TOS2[TOS1:TOS] = TOS3 */
export const STORE_SLICE = 135;
/** FOR_ITER (exit by a) whose next instruction is STORE_FAST b: the value goes straight into the local */
export const FOR_ITER_STORE = 136;
/** method call with a fused receiver and arguments: [op, words, argc, receiver operand, names index, cache slot, argument list] */
export const CALL_METHOD_FUSED = 137;
/** return local a */
export const RETURN_FAST = 138;
/** return the value of fused tree a */
export const FUSED_RETURN = 139;

/** local b = consts[a] (c: padding, so the instruction covers the load and store it replaces) */
export const STORE_CONST_FAST = 140;
/** local b = local a (c: padding) */
export const MOVE_FAST = 141;

/** FUSED_STORE_FAST in three words (no skip: the run it replaces is exactly this long) */
export const FUSED_STORE_FAST_SHORT = 142;

/** push the value of fused tree a (two words: replaces a run of two one-word operators) */
export const FUSED_EXPR_SHORT = 143;

/** GET_ITER for a `for` over a call's result: a fresh generator is then closed when the loop is left early */
export const GET_ITER_OWN = 144;
/** leave a `for` loop early (break, return): pop the iterator, closing a generator GET_ITER_OWN marked */
export const CLOSE_ITER = 145;
/** FOR_ITER (exit by a) followed by UNPACK_SEQUENCE n and n STORE_FASTs: an exact tuple or list of
 * length n goes straight into the locals */
export const FOR_ITER_UNPACK = 146;
/** JUMP (by a, backwards) to a loop's FOR_ITER*: the VM runs that instruction next without a dispatch */
export const JUMP_FOR = 147;
/** class body: push names[cellname a] from the namespace, else the value of cell a (CPython's LOAD_CLASSDEREF) */
export const LOAD_CLASSDEREF = 148;
/** TOS = the async iterator of TOS for `async for` (its __aiter__(), an async generator as it is);
 * a&1: at module level, where the loop runs it synchronously (FOR_ITER); a&2: as GET_ITER_OWN */
export const GET_AITER = 149;
/** push the awaitable of the next item of the async iterator TOS (an async generator stands for its
 * own __anext__(): SEND runs it inline) */
export const GET_ANEXT = 150;
/** end of an `async for` (handler): TOS is the exception, TOS1 the async iterator; pop both when it
 * is StopAsyncIteration, else re-raise it */
export const END_ASYNC_FOR = 151;
/** an async generator's own `yield` (YIELD_VALUE, but what an awaiting SEND receives as its result) */
export const YIELD_ASYNC = 152;
/** pop an asynchronous context manager; push its bound __aexit__, then the awaitable of __aenter__() */
export const BEFORE_ASYNC_WITH = 153;
/** normal exit of `async with`: TOS = the awaitable of calling the __aexit__ on TOS with three Nones */
export const ASYNC_WITH_EXIT = 154;
/** exception in an `async with` body: push the awaitable of calling __aexit__ (TOS2) with the exception (TOS) */
export const WITH_EXCEPT_ASYNC = 155;
/** TOS = the result of the awaitable TOS, run to completion here (`async with` at module level) */
export const AWAIT_SYNC = 156;
/** FOR_ITER_STORE of a loop whose body is an optional fused filter and then one value appended
 * (a comprehension's LIST_APPEND / SET_ADD, or `out.append(v)` on a local list) or one fused
 * statement (Code.loops holds its plan): over a builtin iterator the VM runs the whole loop in
 * this instruction */
export const FOR_ITER_APPEND = 157;

export const N_OPS = 158;

/** Opcode names, for the disassembler. */
export const OP_NAMES: readonly string[] = ["NOP", "POP_TOP", "DUP_TOP", "DUP_TOP_TWO", "ROT_TWO", "ROT_THREE", "ROT_FOUR", "LOAD_CONST", "LOAD_NONE", "LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_NAME", "STORE_NAME", "DELETE_NAME", "NAME_LOAD", "NAME_STORE", "NAME_DELETE", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "LOAD_METHOD", "CALL_METHOD", "CALL_METHOD_KW", "BINARY_SUBSCR", "STORE_SUBSCR", "DELETE_SUBSCR", "BUILD_SLICE", "BINARY_ADD", "BINARY_SUB", "BINARY_MUL", "BINARY_TRUEDIV", "BINARY_FLOORDIV", "BINARY_MOD", "BINARY_POW", "BINARY_LSHIFT", "BINARY_RSHIFT", "BINARY_AND", "BINARY_OR", "BINARY_XOR", "BINARY_MATMUL", "INPLACE_ADD", "INPLACE_SUB", "INPLACE_MUL", "INPLACE_TRUEDIV", "INPLACE_FLOORDIV", "INPLACE_MOD", "INPLACE_POW", "INPLACE_LSHIFT", "INPLACE_RSHIFT", "INPLACE_AND", "INPLACE_OR", "INPLACE_XOR", "INPLACE_MATMUL", "UNARY_NEG", "UNARY_POS", "UNARY_NOT", "UNARY_INVERT", "COMPARE_LT", "COMPARE_LE", "COMPARE_EQ", "COMPARE_NE", "COMPARE_GT", "COMPARE_GE", "IS_OP", "CONTAINS_OP", "JUMP", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "GET_ITER", "FOR_ITER", "RETURN_VALUE", "CALL", "CALL_KW", "CALL_EX", "MAKE_FUNCTION", "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_MAP", "BUILD_STRING", "LIST_APPEND", "SET_ADD", "MAP_ADD", "LIST_EXTEND", "SET_UPDATE", "DICT_UPDATE", "DICT_MERGE", "LIST_TO_TUPLE", "FORMAT_VALUE", "UNPACK_SEQUENCE", "UNPACK_EX", "RAISE", "RERAISE", "PUSH_EXC_INFO", "POP_EXCEPT", "CHECK_EXC_MATCH", "LOAD_ASSERTION_ERROR", "BEFORE_WITH", "WITH_EXIT", "WITH_EXCEPT", "YIELD_VALUE", "GET_YIELD_FROM_ITER", "SEND", "GET_AWAITABLE", "BUILD_CLASS", "CALL_FUSED", "SETUP_ANNOTATIONS", "IMPORT_NAME", "IMPORT_FROM", "IMPORT_STAR", "GET_LEN", "MATCH_MAPPING", "MATCH_SEQUENCE", "MATCH_KEYS", "MATCH_CLASS", "COPY_DICT_WITHOUT_KEYS", "FUSED_EXPR", "FUSED_STORE_FAST", "FUSED_JUMP_IF_FALSE", "FUSED_JUMP_IF_TRUE", "LOAD_CLOSURE_CLASS", "SUPER_ARGS", "FUSED_STMT", "FUSED_PUSH", "RETURN_CONST", "BINARY_SLICE", "STORE_SLICE", "FOR_ITER_STORE", "CALL_METHOD_FUSED", "RETURN_FAST", "FUSED_RETURN", "STORE_CONST_FAST", "MOVE_FAST", "FUSED_STORE_FAST_SHORT", "FUSED_EXPR_SHORT", "GET_ITER_OWN", "CLOSE_ITER", "FOR_ITER_UNPACK", "JUMP_FOR", "LOAD_CLASSDEREF", "GET_AITER", "GET_ANEXT", "END_ASYNC_FOR", "YIELD_ASYNC", "BEFORE_ASYNC_WITH", "ASYNC_WITH_EXIT", "WITH_EXCEPT_ASYNC", "AWAIT_SYNC", "FOR_ITER_APPEND"];

/** Operand words per opcode (the instruction length is 1 + this). */
export const OP_ARGS: Int8Array = new Int8Array([0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 1, 2, 1, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 2, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 2, 4, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 2, 3, 3, 3, 1, 2, 2, 2, 1, 0, 0, 1, 6, 1, 1, 3, 3, 2, 1, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 3]);

function popcount(x: number): number {
  let n = 0;
  for (; x; x &= x - 1) n++;
  return n;
}

/** Net stack effect of one instruction (for the fall-through path). */
export function stackEffect(op: number, a: number, b: number): number {
  switch (op) {
    case CALL_METHOD:
      return -a-1;
    case CALL_METHOD_KW:
      return -a-1;
    case BUILD_SLICE:
      return 1-a;
    case CALL:
      return -a;
    case CALL_KW:
      return -a;
    case CALL_EX:
      return -1-(a&1);
    case MAKE_FUNCTION:
      return 1 - popcount(b);
    case BUILD_TUPLE:
      return 1-a;
    case BUILD_LIST:
      return 1-a;
    case BUILD_SET:
      return 1-a;
    case BUILD_MAP:
      return 1-2*a;
    case BUILD_STRING:
      return 1-a;
    case FORMAT_VALUE:
      return -(a&4?1:0);
    case UNPACK_SEQUENCE:
      return a-1;
    case UNPACK_EX:
      return (a&255)+(a>>8);
    case RAISE:
      return -a;
    case BUILD_CLASS:
      return -a-1;
  }
  return FIXED_EFFECT[op];
}

const FIXED_EFFECT = new Int8Array([0, -1, 1, 2, 0, 0, 0, 1, 1, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 1, -1, 0, 0, -2, -1, 1, 0, 0, -1, -3, -2, 0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 0, 0, 0, 0, -1, -1, -1, -1, -1, -1, -1, -1, 0, -1, -1, -1, -1, 0, 1, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, -2, -1, -1, -1, -1, 0, 0, 0, 0, 0, -1, 1, -1, 0, 1, 1, -1, 1, 0, 0, 0, 0, 0, 1, 0, 1, 1, -1, 1, 1, 1, 1, -2, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, -2, -4, 0, 1, 0, 0, 0, 0, 0, 1, 0, -1, 1, 0, 1, 0, 1, -2, 0, 1, 0, 1, 0, 0]);

/** Opcodes whose first operand is a relative jump. */
export const IS_JUMP: Uint8Array = (() => {
  const t = new Uint8Array(N_OPS);
  for (const op of [JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER, SEND, FUSED_JUMP_IF_FALSE, FUSED_JUMP_IF_TRUE, FOR_ITER_STORE, FOR_ITER_UNPACK, JUMP_FOR, SUPER_ARGS, FOR_ITER_APPEND]) t[op] = 1;
  return t;
})();
