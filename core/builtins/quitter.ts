// exit and quit: instances of `_sitebuiltins.Quitter`, the class CPython's site module makes them
// from. Calling one raises SystemExit(code); its repr is the hint the interactive prompt shows.
// Here the class is a builtin (immutable) type and its instances are immutable, as every object
// the builtins namespace holds is shared by the runs of an interpreter (docs/differences.md).

import { typeError } from "../errors.ts";
import { SystemExit } from "../objects/exceptions.ts";
import { builtinType, ObjectType, type Py, PyException, PyObject, PyTuple } from "../objects/model.ts";
import { defMethod } from "../objects/native.ts";
import { pyStr } from "../objects/protocol.ts";

/** `type(exit)`. Final: its methods read the fields of a PyQuitter. */
export const QuitterType = builtinType("Quitter", ObjectType, true);
QuitterType.module = "_sitebuiltins";

/** An instance: `name` and `eof` as `Quitter.__init__` stores them (any objects). */
export class PyQuitter extends PyObject {
  constructor(readonly name: Py, readonly eof: Py) {
    super();
    this.cls = QuitterType;
  }
}

/** CPython's (Linux) `exit` and `quit`. */
export const EXIT = new PyQuitter("exit", "Ctrl-D (i.e. EOF)");
export const QUIT = new PyQuitter("quit", "Ctrl-D (i.e. EOF)");

/** `Quitter.__repr__`: `'Use %s() or %s to exit' % (self.name, self.eof)`. */
export function quitterRepr(q: PyQuitter): string {
  return `Use ${pyStr(q.name)}() or ${pyStr(q.eof)} to exit`;
}

/**
 * Bind a call of a method written in Python in CPython, `def <qualname>(self, <params>)`, whose
 * last `ndefaults` parameters default to None: the values of `params` (receiver excluded), with the
 * argument errors of a Python function, in the order CPython's frame setup checks them (keywords,
 * then the positional count, then the missing ones). `args` holds the receiver first.
 */
function bindMethod(qualname: string, params: string[], ndefaults: number, args: Py[], kw: string[] | null): Py[] {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw; // the receiver included, as CPython counts
  const out: Py[] = [];
  for (let i = 0; i < params.length; i++) out.push(i + 1 < npos ? args[i + 1] : undefined);
  for (let i = 0; i < nkw; i++) {
    const j = params.indexOf(kw![i]);
    if (j < 0) typeError(`${qualname}() got an unexpected keyword argument '${kw![i]}'`);
    if (out[j] !== undefined) typeError(`${qualname}() got multiple values for argument '${kw![i]}'`);
    out[j] = args[npos + i];
  }
  const max = params.length + 1, min = max - ndefaults;
  if (npos > max) {
    const takes = ndefaults > 0 ? `from ${min} to ${max} positional arguments` : `${max} positional argument${max === 1 ? "" : "s"}`;
    typeError(`${qualname}() takes ${takes} but ${npos} ${npos === 1 ? "was" : "were"} given`);
  }
  const missing: string[] = [];
  for (let i = 0; i < params.length; i++) {
    if (out[i] !== undefined) continue;
    if (i + 1 < min) missing.push(`'${params[i]}'`);
    else out[i] = null;
  }
  if (missing.length > 0) {
    const names = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(", ")}${missing.length > 2 ? "," : ""} and ${missing[missing.length - 1]}`;
    typeError(`${qualname}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${names}`);
  }
  return out;
}

/** The type's constructor and methods (once per process). */
export function installQuitter(): void {
  // Quitter(name, eof): CPython's __init__ stores both
  QuitterType.newFn = (_cls, args, kw) => {
    const [name, eof] = bindMethod("Quitter.__init__", ["name", "eof"], 0, [null, ...args], kw);
    return new PyQuitter(name, eof);
  };
  defMethod(QuitterType, "__repr__", (args) => quitterRepr(args[0] as PyQuitter));
  // (CPython also closes sys.stdin first; there is no sys here)
  defMethod(QuitterType, "__call__", (args, kw) => {
    const [code] = bindMethod("Quitter.__call__", ["code"], 1, args, kw);
    throw new PyException(SystemExit, new PyTuple([code]));
  });
}
