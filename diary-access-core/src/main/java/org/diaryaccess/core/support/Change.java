package org.diaryaccess.core.support;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.diaryaccess.spi.delivery.Topic;
import org.diaryaccess.spi.error.ReasonCode;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.invitation.Invitation;
import org.jspecify.annotations.Nullable;

/**
 * What one command changed, as a value: the new versions of the invitations and grants it moved,
 * the messages it queues, and what its audit entry says. A command computes it without writing
 * anything; {@link Commands} writes all of it in one unit of work, so a state change, its audit
 * entry and its notices are stored together or not at all.
 *
 * <pre>{@code
 * Invitation sent = Invitation.pending(...);
 * return Change.of(sent, sent.invitee())
 *     .notifying(Topic.INVITATION_RECEIVED, sent.invitee());
 * }</pre>
 *
 * @param <T> what the command answers its caller
 * @since 0.1.0
 */
public final class Change<T> {
  /**
   * A message to queue in the outbox.
   *
   * @param topic what it is about
   * @param recipient the citizen, for a notice; {@code null} for a request to the diary system
   * @param invitation the invitation concerned, if any
   * @param grant the grant concerned, if any
   */
  record Message(Topic topic, @Nullable CitizenId recipient, @Nullable InvitationId invitation,
      @Nullable GrantId grant) {}

  private final T result;
  private final @Nullable AuditSubject audited;
  private final ImmutableList<Invitation> invitations;
  private final ImmutableList<Grant> grants;
  private final ImmutableList<Message> messages;

  private Change(T result, @Nullable AuditSubject audited, List<Invitation> invitations, List<Grant> grants,
      List<Message> messages) {
    this.result = checkNotNull(result, "result");
    this.audited = audited;
    this.invitations = ImmutableList.copyOf(invitations);
    this.grants = ImmutableList.copyOf(grants);
    this.messages = ImmutableList.copyOf(messages);
  }

  /**
   * An invitation moved (or was created, at version 0); the command answers with it.
   *
   * @param invitation its new version
   * @param counterpart the other party the audit entry names
   * @return the change
   */
  public static Change<Invitation> of(Invitation invitation, CitizenId counterpart) {
    return new Change<>(invitation, AuditSubject.of(invitation, counterpart), List.of(invitation), List.of(), List.of());
  }

  /**
   * A grant moved (or was created, at version 0); the command answers with it.
   *
   * @param grant its new version
   * @param counterpart the other party the audit entry names
   * @return the change
   */
  public static Change<Grant> of(Grant grant, CitizenId counterpart) {
    return new Change<>(grant, AuditSubject.of(grant, counterpart), List.of(), List.of(grant), List.of());
  }

  /**
   * Nothing stored, but the command is audited (a preview looks people up).
   *
   * @param result the answer
   * @param subject what the audit entry says
   * @param <T> its type
   * @return the change
   */
  public static <T> Change<T> auditedOnly(T result, AuditSubject subject) {
    return new Change<>(result, checkNotNull(subject, "subject"), List.of(), List.of(), List.of());
  }

  /**
   * Nothing happened: the command finds what it was asked for already done. Not audited.
   *
   * @param result the answer
   * @param <T> its type
   * @return the change
   */
  public static <T> Change<T> none(T result) {
    return new Change<>(result, null, List.of(), List.of(), List.of());
  }

  /**
   * Grants created or moved along with the main subject.
   *
   * @param more their new versions
   * @return the change with them
   */
  public Change<T> withGrants(List<Grant> more) {
    return new Change<>(result, audited, invitations, concat(grants, more), messages);
  }

  /**
   * Tells a citizen, through the notification centre, what happened to the main subject.
   *
   * @param topic what happened
   * @param recipient who is told
   * @return the change with the notice
   */
  public Change<T> notifying(Topic topic, CitizenId recipient) {
    checkNotNull(audited, "a change without a subject notifies nobody");
    return with(new Message(topic, checkNotNull(recipient, "recipient"), audited.invitation(), audited.grant()));
  }

  /**
   * Asks the diary system to open or close a grant's access.
   *
   * @param topic {@link Topic#PROVISION_OPEN} or {@link Topic#PROVISION_CLOSE}
   * @param grant the grant
   * @return the change with the request
   */
  public Change<T> askingDiarySystem(Topic topic, Grant grant) {
    return with(new Message(topic, null, null, grant.id()));
  }

  /**
   * Records why the library acted.
   *
   * @param reason the reason
   * @return the change with it
   */
  public Change<T> because(ReasonCode reason) {
    checkNotNull(audited, "a change without a subject has no audit entry");
    return new Change<>(result, audited.because(reason), invitations, grants, messages);
  }

  /**
   * The same change, answering the caller with something else.
   *
   * @param answer the answer
   * @param <R> its type
   * @return the change
   */
  public <R> Change<R> answering(R answer) {
    return new Change<>(answer, audited, invitations, grants, messages);
  }

  T result() {
    return result;
  }

  Optional<AuditSubject> audited() {
    return Optional.ofNullable(audited);
  }

  List<Invitation> invitations() {
    return invitations;
  }

  List<Grant> grants() {
    return grants;
  }

  List<Message> messages() {
    return messages;
  }

  private Change<T> with(Message message) {
    return new Change<>(result, audited, invitations, grants, concat(messages, List.of(message)));
  }

  private static <E> List<E> concat(List<E> first, List<E> second) {
    return ImmutableList.<E>builderWithExpectedSize(first.size() + second.size()).addAll(first).addAll(second).build();
  }
}
