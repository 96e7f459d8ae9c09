export type { Extraction } from "./_types.js";
export { type ActorDictionary, loadActorDictionary } from "./actors.js";
export { ParseInputError } from "./errors.js";
export { type ParseOptions, parseCorpus, parseDocument } from "./parse.js";
export { type DocumentInput, type InputFormat, type ReadResult, readCorpus, readInputs } from "./read.js";
