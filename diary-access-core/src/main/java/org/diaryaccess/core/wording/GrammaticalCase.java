package org.diaryaccess.core.wording;

/**
 * The grammatical cases a sentence about a person needs: «Нина Петровна» (who), «доступ Нины
 * Петровны» (whose), «Нине Петровне открыт доступ» (to whom), «отозван Ниной Петровной» (by whom).
 *
 * @since 0.2.0
 */
public enum GrammaticalCase {
  /** Именительный: кто. */
  NOMINATIVE,
  /** Родительный: кого, чей. */
  GENITIVE,
  /** Дательный: кому. */
  DATIVE,
  /** Творительный: кем. */
  INSTRUMENTAL
}
