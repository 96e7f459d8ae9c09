/**
 * Endnotes: every piece of evidence the brief cites becomes one numbered note quoting it exactly, in order
 * of first citation. Each citation gets its own anchor so the note can link back to where it was cited.
 */
import type { Evidence } from "@sitrep/domain";

/** One citation of a note, as a template renders it: `[3]` linking to `#note-3`, itself anchored at `id`. */
export interface NoteRef {
  n: number;
  /** `#note-3` */
  href: string;
  /** `ref-3-2`: the anchor of this citation, which the note links back to. */
  id: string;
}

export interface Note {
  n: number;
  /** `note-3` */
  id: string;
  evidence: Evidence;
  /** Anchors of every citation, in order, for back-links. */
  citedAt: string[];
}

export class NoteRegistry {
  readonly notes: Note[] = [];
  readonly #byKey = new Map<string, Note>();

  /** Cites each piece of evidence once (duplicates collapse), returning the references in note order. */
  cite(evidence: readonly Evidence[]): NoteRef[] {
    const refs: NoteRef[] = [];
    const seen = new Set<number>();
    for (const item of evidence) {
      const note = this.#noteFor(item);
      if (seen.has(note.n)) continue;
      seen.add(note.n);
      const id = `ref-${note.n}-${note.citedAt.length + 1}`;
      note.citedAt.push(id);
      refs.push({ n: note.n, href: `#${note.id}`, id });
    }
    return refs.sort((a, b) => a.n - b.n);
  }

  #noteFor(evidence: Evidence): Note {
    const key = `${evidence.documentId}:${evidence.start}:${evidence.end}`;
    let note = this.#byKey.get(key);
    if (!note) {
      const n = this.notes.length + 1;
      note = { n, id: `note-${n}`, evidence, citedAt: [] };
      this.notes.push(note);
      this.#byKey.set(key, note);
    }
    return note;
  }
}
