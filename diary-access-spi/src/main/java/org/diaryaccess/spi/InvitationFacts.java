package org.diaryaccess.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diaryaccess.spi.contact.ContactValue;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.InvitationId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.people.Citizen;
import org.diaryaccess.spi.school.PupilRecord;
import org.jspecify.annotations.Nullable;

/**
 * Everything the invitation rule (R7) reads, fetched together before it is evaluated, so that the
 * rule itself is a pure function of these facts. A store should answer in as few round trips as
 * it can; the default, {@link #composedOf}, asks the separate ports.
 *
 * @since 0.1.0
 */
public interface InvitationFacts {

  /**
   * The facts for one invitation request.
   *
   * @param query what to read
   * @return the facts
   */
  Facts load(Query query);

  /**
   * What an invitation request needs read.
   *
   * @param inviter who invites
   * @param pupils the children named, without repeats
   * @param invitee the trusted person's mobile phone or SNILS, as the inviter named it
   * @param sentSince the start of the window the inviter's sends are counted in
   * @param declinedSince the start of the window declines are read in
   */
  record Query(CitizenId inviter, Set<PupilRecordId> pupils, ContactValue invitee, Instant sentSince,
      Instant declinedSince) {
    /**
     * Checks the parts and copies the set.
     *
     * @param inviter who invites
     * @param pupils the children named, without repeats
     * @param invitee the trusted person's mobile phone or SNILS, as the inviter named it
     * @param sentSince the start of the window the inviter's sends are counted in
     * @param declinedSince the start of the window declines are read in
     */
    public Query {
      checkNotNull(inviter, "inviter");
      checkNotNull(invitee, "invitee");
      checkNotNull(sentSince, "sentSince");
      checkNotNull(declinedSince, "declinedSince");
      pupils = ImmutableSet.copyOf(pupils);
      checkArgument(!pupils.isEmpty(), "a request names at least one child");
    }
  }

  /**
   * One person declined one of the inviter's invitations naming one child, within the window.
   *
   * @param invitee who declined
   * @param pupil the child
   * @param at when
   */
  record Decline(CitizenId invitee, PupilRecordId pupil, Instant at) {
    /**
     * Checks the parts.
     *
     * @param invitee who declined
     * @param pupil the child
     * @param at when
     */
    public Decline {
      checkNotNull(invitee, "invitee");
      checkNotNull(pupil, "pupil");
      checkNotNull(at, "at");
    }
  }

  /**
   * What the invitation rule reads.
   *
   * @param inviter the inviter, or {@code null} if unknown (then nothing else need be loaded)
   * @param records the records of the children named that exist
   * @param inviteeCandidates the citizens who hold the invitee's phone or SNILS (the rule then
   *     compares surnames)
   * @param pending pending invitations naming any of the children, expired or not, each once
   * @param liveGrants live grants for any of the children, the inviter's own included
   * @param declines the inviter's invitations naming one of the children that a candidate declined
   *     within the window (a store may include other people's declines too)
   * @param sentInWindow how many invitations the inviter sent within the window
   */
  record Facts(@Nullable Citizen inviter, List<PupilRecord> records, List<Citizen> inviteeCandidates,
      List<Invitation> pending, List<Grant> liveGrants, List<Decline> declines, int sentInWindow) {
    /**
     * Copies the lists.
     *
     * @param inviter the inviter, or {@code null} if unknown (then nothing else need be loaded)
     * @param records the records of the children named that exist
     * @param inviteeCandidates the citizens who hold the invitee's phone or SNILS (the rule then compares surnames)
     * @param pending pending invitations naming any of the children, expired or not, each once
     * @param liveGrants live grants for any of the children, the inviter's own included
     * @param declines the inviter's invitations naming one of the children that a candidate declined within the window (a store may include other people's declines too)
     * @param sentInWindow how many invitations the inviter sent within the window
     */
    public Facts {
      records = ImmutableList.copyOf(records);
      inviteeCandidates = ImmutableList.copyOf(inviteeCandidates);
      pending = ImmutableList.copyOf(pending);
      liveGrants = ImmutableList.copyOf(liveGrants);
      declines = ImmutableList.copyOf(declines);
      checkArgument(sentInWindow >= 0, "sentInWindow %s is negative", sentInWindow);
    }

    /**
     * The facts when the inviter is unknown: nothing else is read.
     *
     * @return facts with no inviter
     */
    public static Facts unknownInviter() {
      return new Facts(null, List.of(), List.of(), List.of(), List.of(), List.of(), 0);
    }
  }

  /**
   * Facts read through the separate ports, one call per kind and child.
   *
   * @param citizens the registry
   * @param register the school register
   * @param invitations the invitations
   * @param grants the grants
   * @return the composed reader
   */
  static InvitationFacts composedOf(Citizens citizens, SchoolRegister register, Invitations invitations,
      Grants grants) {
    checkNotNull(citizens, "citizens");
    checkNotNull(register, "register");
    checkNotNull(invitations, "invitations");
    checkNotNull(grants, "grants");
    return query -> {
      Citizen inviter = citizens.findById(query.inviter()).orElse(null);
      if (inviter == null) {
        return Facts.unknownInviter();
      }
      List<PupilRecord> records = register.findAllById(List.copyOf(query.pupils()));
      List<Citizen> candidates = citizens.findByContact(query.invitee());
      Map<InvitationId, Invitation> pending = new LinkedHashMap<>();
      List<Grant> live = new ArrayList<>();
      List<Decline> declines = new ArrayList<>();
      for (PupilRecord record : records) {
        invitations.pendingFor(record.id()).forEach(invitation -> pending.put(invitation.id(), invitation));
        live.addAll(grants.liveForPupil(record.id()));
        for (Citizen candidate : candidates) {
          invitations.declinedSince(candidate.id(), inviter.id(), record.id(), query.declinedSince())
              .forEach(at -> declines.add(new Decline(candidate.id(), record.id(), at)));
        }
      }
      return new Facts(inviter, records, candidates, List.copyOf(pending.values()), live, declines,
          invitations.countSentSince(inviter.id(), query.sentSince()));
    };
  }
}
