package org.diaryaccess.spi.service;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.diaryaccess.spi.text.DisplayNames;
import org.diaryaccess.spi.text.Displayable;

/**
 * A service access is granted to. Only the e-diary exists today; a new service is a new constant
 * with its own sections.
 *
 * @since 0.1.0
 */
public enum Service implements Displayable {
  /** Услуга «Электронный дневник». */
  E_DIARY(EnumSet.allOf(DiarySection.class));

  private final ImmutableSet<DiarySection> sections;

  Service(EnumSet<DiarySection> sections) {
    this.sections = Sets.immutableEnumSet(sections);
  }

  /**
   * The sections of this service; a grant covers all of them unless narrowed.
   *
   * @return the sections of this service; a grant covers all of them unless narrowed
   */
  public Set<DiarySection> sections() {
    return sections;
  }

  @Override
  public String displayName(Locale locale) {
    return DisplayNames.of(this, locale);
  }
}
