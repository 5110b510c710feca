package org.diaryaccess.spi.error;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The root of every error the library throws on purpose. Each carries at least one stable
 * {@link ReasonCode}; {@link #getMessage()} is English, {@link #getMessage(Locale)} speaks Russian
 * too. Messages never contain personal data.
 *
 * @since 0.1.0
 */
public abstract class DiaryAccessException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why, most important first; never empty. */
  private final ImmutableList<ReasonCode> reasons;

  /**
   * Creates an exception for the given reasons.
   *
   * @param reasons at least one reason
   * @param cause the underlying failure, if any
   */
  protected DiaryAccessException(Iterable<ReasonCode> reasons, @org.jspecify.annotations.Nullable Throwable cause) {
    super(describe(ImmutableList.copyOf(reasons), Locale.ROOT), cause);
    this.reasons = ImmutableList.copyOf(reasons);
    checkArgument(!this.reasons.isEmpty(), "an error needs at least one reason");
  }

  /**
   * The reasons, most important first; never empty.
   *
   * @return the reasons, most important first; never empty
   */
  public ImmutableList<ReasonCode> reasons() {
    return reasons;
  }

  /**
   * The first (main) reason.
   *
   * @return the first (main) reason
   */
  public ReasonCode reason() {
    return reasons.get(0);
  }

  /**
   * The message in the reader's language.
   *
   * @param locale Russian ({@code ru}) or anything else for English
   * @return codes with their sentences, without personal data
   */
  public String getMessage(Locale locale) {
    return describe(reasons, locale);
  }

  @Override
  public String getLocalizedMessage() {
    return getMessage(Locale.getDefault());
  }

  static String describe(ImmutableList<ReasonCode> reasons, Locale locale) {
    return reasons.stream()
        .map(r -> r.name() + ": " + r.message(locale))
        .collect(Collectors.joining("; "));
  }
}
