/**
 * `text.charCodeAt(i)`, for loops over text that comes in many internal string representations (a
 * literal, a slice of a bigger text, a concatenation; one or two bytes per character). Once a
 * `text.charCodeAt` call site has seen more than four of them, V8's optimised code looks the method
 * up generically on every call. `String.prototype.charCodeAt` is a constant to the compiler, so this
 * call compiles to a plain read of the character.
 */
export const codeUnit = (text: string, i: number): number => String.prototype.charCodeAt.call(text, i);
