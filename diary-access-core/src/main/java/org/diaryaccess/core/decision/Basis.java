package org.diaryaccess.core.decision;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.text.DisplayNames;
import org.diaryaccess.spi.text.Displayable;

/**
 * Why a citizen may see a diary (R13): as the pupil, as a legal representative, or as a trusted person.
 *
 * @since 0.1.0
 */
public sealed interface Basis extends Displayable {

  /** The citizen is the pupil (R5). */
  record Self() implements Basis {}

  /** The citizen is a legal representative with authority (R4, R12). */
  record LegalRepresentative() implements Basis {}

  /**
   * The citizen is a trusted person through a grant (R10).
   *
   * @param grant the grant
   * @param sections the sections it covers
   */
  record TrustedPerson(GrantId grant, Set<DiarySection> sections) implements Basis {
    /**
     * Copies the sections.
     *
     * @param grant the grant
     * @param sections the sections it covers
     */
    public TrustedPerson {
      checkNotNull(grant, "grant");
      sections = Sets.immutableEnumSet(sections);
    }
  }

  /**
   * The basis of a pupil's own access.
   *
   * @return the basis of a pupil's own access
   */
  static Basis self() {
    return new Self();
  }

  /**
   * The basis of a legal representative's access.
   *
   * @return the basis of a legal representative's access
   */
  static Basis legalRepresentative() {
    return new LegalRepresentative();
  }

  /**
   * Whether this basis lets the citizen see a section.
   *
   * @param section the section
   * @return {@code true} for the pupil and legal representatives; for a trusted person, if granted
   */
  default boolean covers(DiarySection section) {
    return !(this instanceof TrustedPerson trusted) || trusted.sections().contains(section);
  }

  /**
   * The basis in words: «Сам ученик», «Законный представитель», «Доверенное лицо».
   *
   * @param locale Russian for {@code ru}, English otherwise
   * @return the words
   */
  @Override
  default String displayName(Locale locale) {
    return ResourceBundle.getBundle("org.diaryaccess.core.decision.Bases", DisplayNames.supported(locale))
        .getString(key());
  }

  /**
   * A stable name for the kind of basis, for metrics and message keys.
   *
   * @return {@code self}, {@code legal-representative} or {@code trusted-person}
   */
  default String key() {
    return this instanceof Self ? "self" : this instanceof LegalRepresentative ? "legal-representative" : "trusted-person";
  }

  /**
   * Orders bases from strongest: the pupil, then a legal representative, then a trusted person.
   *
   * @return orders bases from strongest: the pupil, then a legal representative, then a trusted person
   */
  default int rank() {
    if (this instanceof Self) {
      return 0;
    }
    return this instanceof LegalRepresentative ? 1 : 2;
  }
}
