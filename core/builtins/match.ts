// Runtime support for the match statement (the MATCH_* opcodes).

import { typeError, valueError } from "../errors.ts";
import { dictCopy, dictGet, dictHas, dictPop, dictSet, mergesDirectly, newDict } from "../objects/dict.ts";
import {
  BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, type Py, PyDict, PyList,
  PyException, PyRange, PyTuple, PyType, SetType, StrType, TupleType,
} from "../objects/model.ts";
import { AttributeError } from "../objects/exceptions.ts";
import { callObject, getAttrOpt, hooks, isSubtype, pyRepr } from "../objects/protocol.ts";
import { typeName, typeOf } from "../objects/typeof.ts";
import { dictUpdateFrom } from "../vm/ops.ts";
import { isinstanceCheck } from "./functions.ts";

/** Types whose instances match a single positional sub-pattern as themselves. */
const SELF_MATCH = [BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType];

export function installMatchHooks(): void {
  hooks.matchMapping = (v: Py): boolean => v instanceof PyDict;
  hooks.matchSequence = (v: Py): boolean => {
    // CPython's Py_TPFLAGS_SEQUENCE: list, tuple, range and their subclasses; a class with only
    // __len__ and __getitem__ is not a sequence (that takes collections.abc.Sequence, a stdlib module)
    if (v instanceof PyList || v instanceof PyTuple || v instanceof PyRange) return true;
    if (typeof v === "object" && v !== null && !v.cls.builtin) {
      const mro = v.cls.mro;
      return mro.includes(ListType) || mro.includes(TupleType);
    }
    return false;
  };
  hooks.matchKeys = (subj: Py, keys: PyTuple): Py => {
    const out: Py[] = [];
    const d = subj as PyDict;
    const get = d.cls.builtin ? null : getAttrOpt(d, "get");
    const MISSING = {};
    // CPython's match_keys: each key is checked against the ones before it (as a set would) just
    // before it is looked up; a value pattern (C.A) can repeat a key the compiler could not see
    const seen = keys.a.length > 1 ? newDict() : null;
    for (const k of keys.a) {
      if (seen !== null) {
        if (dictHas(seen, k)) valueError(`mapping pattern checks duplicate key (${pyRepr(k)})`);
        dictSet(seen, k, null);
      }
      const v = get === null ? dictGet(d, k) : callObject(get, [k, MISSING]);
      if (v === undefined || v === MISSING) return null;
      out.push(v);
    }
    return new PyTuple(out);
  };
  hooks.matchClass = (subj: Py, cls: Py, npos: number, kwnames: PyTuple): Py => {
    // CPython 3.11's match_class, step for step (messages included)
    if (!(cls instanceof PyType)) typeError("called match pattern must be a type");
    // PyObject_IsInstance, as isinstance(): __instancecheck__ and a claimed __class__ count
    if (typeOf(subj) !== cls && !isinstanceCheck(subj, cls, "isinstance")) return null;
    const out: Py[] = [];
    const seen = new Set<string>();
    const attr = (name: string): Py => {
      if (seen.has(name)) typeError(`${cls.name}() got multiple sub-patterns for attribute '${name}'`);
      seen.add(name);
      try {
        return getAttrOpt(subj, name);
      } catch (e) {
        // an AttributeError (from a property, say) means the sub-pattern does not match
        if (e instanceof PyException && isSubtype(e.cls, AttributeError)) return undefined;
        throw e;
      }
    };
    if (npos > 0) {
      const ma = getAttrOpt(cls, "__match_args__");
      if (ma !== undefined && !(ma instanceof PyTuple && ma.cls === TupleType)) typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeName(ma)})`);
      const matchSelf = ma === undefined && SELF_MATCH.some((b) => isSubtype(cls, b));
      const allowed = matchSelf ? 1 : ma === undefined ? 0 : (ma as PyTuple).a.length;
      if (allowed < npos) typeError(`${cls.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? "" : "s"} (${npos} given)`);
      if (matchSelf) out.push(subj);
      else {
        for (let i = 0; i < npos; i++) {
          const name = (ma as PyTuple).a[i];
          if (typeof name !== "string") typeError(`__match_args__ elements must be strings (got ${typeName(name)})`);
          const v = attr(name);
          if (v === undefined) return null;
          out.push(v);
        }
      }
    }
    for (const name of kwnames.a as string[]) {
      const v = attr(name);
      if (v === undefined) return null;
      out.push(v);
    }
    return new PyTuple(out);
  };
  hooks.copyDictWithoutKeys = (subj: PyDict, keys: PyTuple): Py => {
    // `**rest`: dict(subject) without the keys, copied as PyDict_Update copies: a subclass that
    // overrides __iter__ is read through its keys() and __getitem__ (CPython's dict_merge)
    let d: PyDict;
    if (mergesDirectly(subj)) d = dictCopy(subj, new PyDict());
    else dictUpdateFrom(d = new PyDict(), subj);
    for (const k of keys.a) dictPop(d, k);
    return d;
  };
}
