// The disassembler behind --dump-bytecode, derived from the opcode table.

import { Code } from "../core/compiler/code.ts";
import { IS_JUMP, OP_ARGS, OP_NAMES } from "../core/compiler/opcodes.ts";
import { pyRepr } from "../core/objects/protocol.ts";

/** Human-readable listing of a code object and its children. */
export function disassemble(code: Code, indent = ""): string {
  const out: string[] = [];
  out.push(`${indent}code ${code.qualname} (locals ${code.nlocals}, stack ${code.stacksize}, flags 0x${code.flags.toString(16)})`);
  if (code.varnames.length) out.push(`${indent}  varnames: ${code.varnames.join(", ")}`);
  if (code.cellvars.length) out.push(`${indent}  cellvars: ${code.cellvars.join(", ")}`);
  if (code.freevars.length) out.push(`${indent}  freevars: ${code.freevars.join(", ")}`);
  const c = code.code;
  let lastLine = -1;
  for (let pc = 0; pc < c.length;) {
    const op = c[pc];
    const n = OP_ARGS[op];
    const args = Array.from(c.subarray(pc + 1, pc + 1 + n));
    const line = code.lineOf(pc);
    let note = "";
    if (op === 7 /* LOAD_CONST */) {
      const v = code.consts[args[0]];
      note = v instanceof Code ? `<code ${v.qualname}>` : safeRepr(v);
    } else if (IS_JUMP[op]) note = `-> ${pc + args[0]}`;
    out.push(`${indent}${line !== lastLine ? String(line).padStart(4) : "    "} ${String(pc).padStart(5)} ${OP_NAMES[op].padEnd(22)} ${args.join(" ")}${note ? "  (" + note + ")" : ""}`);
    lastLine = line;
    pc += 1 + n;
  }
  const t = code.excTable;
  for (let i = 0; i < t.length; i += 4) out.push(`${indent}  exception: [${t[i]}, ${t[i + 1]}) -> ${t[i + 2]} depth ${t[i + 3]}`);
  for (const ch of code.children) out.push("", disassemble(ch, indent + "  "));
  return out.join("\n");
}

function safeRepr(v: unknown): string {
  try {
    return pyRepr(v);
  } catch {
    return String(v);
  }
}
