// The Porter stemmer from `natural`, imported alone: the package's index loads every module (~1.7 s).
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
