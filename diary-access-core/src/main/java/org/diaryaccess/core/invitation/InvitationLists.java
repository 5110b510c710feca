package org.diaryaccess.core.invitation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Set;
import org.diaryaccess.spi.Invitations;
import org.diaryaccess.spi.UnitOfWork;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.invitation.Invitation;
import org.diaryaccess.spi.invitation.InvitationState;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;

/** R13: the invitations a citizen sent and received, by state, in pages with stable cursors. */
public final class InvitationLists {
  private final UnitOfWork unitOfWork;
  private final Invitations invitations;

  /**
   * @param unitOfWork each page reads in one
   * @param invitations where they are
   */
  public InvitationLists(UnitOfWork unitOfWork, Invitations invitations) {
    this.unitOfWork = checkNotNull(unitOfWork, "unitOfWork");
    this.invitations = checkNotNull(invitations, "invitations");
  }

  /**
   * Invitations a citizen sent, in id order.
   *
   * @param inviter the citizen
   * @param states the states to include, empty for all
   * @param page which page
   * @return the page
   */
  public Page<Invitation> sent(CitizenId inviter, Set<InvitationState> states, PageRequest page) {
    return unitOfWork.read(() -> invitations.sentBy(inviter, states, page));
  }

  /**
   * Invitations a citizen received, in id order.
   *
   * @param invitee the citizen
   * @param states the states to include, empty for all
   * @param page which page
   * @return the page
   */
  public Page<Invitation> received(CitizenId invitee, Set<InvitationState> states, PageRequest page) {
    return unitOfWork.read(() -> invitations.receivedBy(invitee, states, page));
  }
}
