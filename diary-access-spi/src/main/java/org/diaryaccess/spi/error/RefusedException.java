package org.diaryaccess.spi.error;

import java.util.List;

/**
 * A well-formed command that a rule refuses: inviting oneself, accepting someone else's
 * invitation, revoking without authority. Nothing was changed; the refusal itself was audited.
 *
 * @since 0.1.0
 */
public final class RefusedException extends DiaryAccessException {
  private static final long serialVersionUID = 1L;

  /**
   * A refusal for the given reasons.
   *
   * @param reasons at least one
   */
  public RefusedException(List<ReasonCode> reasons) {
    super(reasons, null);
  }

  /**
   * A refusal for one reason.
   *
   * @param reason why
   * @return the exception, to throw
   */
  public static RefusedException because(ReasonCode reason) {
    return new RefusedException(List.of(reason));
  }
}
