package org.diaryaccess.core.decision;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.diaryaccess.spi.error.ReasonCode;

/**
 * The answer to "may this citizen see this pupil's diary?" (R13): {@link Allowed} with its
 * basis, or {@link Denied} with its reasons.
 *
 * <pre>{@code
 * switch (access.decide(citizen, pupil)) {
 *   case AccessDecision.Allowed allowed -> render(allowed.basis());
 *   case AccessDecision.Denied denied -> explain(denied.reasons());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface AccessDecision {

  /**
   * Whether access is allowed.
   *
   * @return whether access is allowed
   */
  boolean isAllowed();

  /**
   * The basis, if allowed.
   *
   * @return the basis, if allowed
   */
  Optional<Basis> allowedBasis();

  /**
   * The reasons, if denied; empty if allowed.
   *
   * @return the reasons, if denied; empty if allowed
   */
  List<ReasonCode> reasons();

  /**
   * Access is allowed.
   *
   * @param basis why
   */
  record Allowed(Basis basis) implements AccessDecision {
    /**
     * Checks the basis.
     *
     * @param basis why
     */
    public Allowed {
      checkNotNull(basis, "basis");
    }

    @Override
    public boolean isAllowed() {
      return true;
    }

    @Override
    public Optional<Basis> allowedBasis() {
      return Optional.of(basis);
    }

    @Override
    public List<ReasonCode> reasons() {
      return List.of();
    }
  }

  /**
   * Access is denied.
   *
   * @param reasons why, at least one
   */
  record Denied(List<ReasonCode> reasons) implements AccessDecision {
    /**
     * Checks and copies the reasons.
     *
     * @param reasons why, at least one
     */
    public Denied {
      reasons = ImmutableList.copyOf(reasons);
      checkArgument(!reasons.isEmpty(), "a denial has a reason");
    }

    @Override
    public boolean isAllowed() {
      return false;
    }

    @Override
    public Optional<Basis> allowedBasis() {
      return Optional.empty();
    }
  }

  /**
   * A denial.
   *
   * @param reason why
   * @return the decision
   */
  static AccessDecision denied(ReasonCode reason) {
    return new Denied(List.of(reason));
  }
}
