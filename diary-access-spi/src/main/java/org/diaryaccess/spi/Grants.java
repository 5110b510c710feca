package org.diaryaccess.spi;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.diaryaccess.spi.grant.Grant;
import org.diaryaccess.spi.id.CitizenId;
import org.diaryaccess.spi.id.GrantId;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.paging.Page;
import org.diaryaccess.spi.paging.PageRequest;

/**
 * The trusted persons' grants the library owns (R8–R11).
 *
 * @since 0.1.0
 */
public interface Grants {

  /**
   * A grant by id.
   *
   * @param id the id
   * @return the grant, or empty
   */
  Optional<Grant> findById(GrantId id);

  /**
   * Stores a new grant.
   *
   * @param grant version 0
   * @throws IllegalStateException if the id is taken
   */
  void insert(Grant grant);

  /**
   * Stores many new grants, as {@link #insert} one by one would: for loading the grants a host
   * already holds. A store may send them in batches; call it inside a unit of work to have all
   * or none.
   *
   * @param grants each at version 0, ids distinct
   * @throws IllegalStateException if an id is taken
   * @since 0.2.0
   */
  default void insertAll(Collection<Grant> grants) {
    grants.forEach(this::insert);
  }

  /**
   * Replaces a grant by its next version.
   *
   * @param grant the new version; the stored one must be {@code version - 1}
   * @throws org.diaryaccess.spi.error.TransientStorageException {@code CONCURRENT_UPDATE} if the
   *     stored version is another
   */
  void update(Grant grant);

  /**
   * Live grants (provisioning or active) of a trusted person for a child: what a decision needs.
   *
   * @param trustee the trusted person
   * @param pupil the child
   * @return the grants, in id order; at most one in a consistent store
   */
  List<Grant> liveFor(CitizenId trustee, PupilRecordId pupil);

  /**
   * Live grants of a trusted person, for every child.
   *
   * @param trustee the trusted person
   * @return the grants, in id order
   */
  List<Grant> liveForTrustee(CitizenId trustee);

  /**
   * Live grants for a child, for every trusted person.
   *
   * @param pupil the child
   * @return the grants, in id order
   */
  List<Grant> liveForPupil(PupilRecordId pupil);

  /**
   * A trusted person's grants that ended at or after an instant, newest first: what she is told
   * when she asks why a diary is closed to her. Only a trusted person's own history is read.
   *
   * @param trustee the trusted person
   * @param since the earliest end kept
   * @param limit at most this many
   * @return the ended grants, by end time descending, then by id
   * @since 0.2.0
   */
  List<Grant> endedForTrustee(CitizenId trustee, Instant since, int limit);

  /**
   * All live grants, in id order, for the sweep that terminates stale ones.
   *
   * @param page {@code after} is the last id of the previous page
   * @return the page
   */
  Page<Grant> live(PageRequest page);

  /**
   * Grants still provisioning whose deadline is before the instant, in id order.
   *
   * @param now the instant
   * @param page {@code after} is the last id of the previous page
   * @return the page
   */
  Page<Grant> provisioningOverdue(Instant now, PageRequest page);

  /**
   * How many grants are still provisioning with their deadline before the instant: cheap enough
   * to poll.
   *
   * @param now the instant
   * @return the count
   */
  int countProvisioningOverdue(Instant now);
}
