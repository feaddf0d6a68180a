/** Lower-cases the first letter for use inside a sentence, unless the word is an acronym ("TTHC", "CCHC"). */
export function inSentence(name: string): string {
  const second = name.charAt(1);
  return second !== '' && second === second.toLowerCase() && second !== second.toUpperCase()
    ? name.charAt(0).toLowerCase() + name.slice(1)
    : name;
}
