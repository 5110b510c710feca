package org.diaryaccess.spi;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.diaryaccess.spi.contact.ContactValue;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.school.PupilRecord;

/**
 * The schools' pupil records with their legal-representative entries. Schools change it all the
 * time and a city syncs it in bulk, so adapters take bulk upserts and keep an index by contact:
 * a look-up by contact never scans every record.
 *
 * @since 0.1.0
 */
public interface SchoolRegister {

  /**
   * A pupil record by id.
   *
   * @param id the record's id
   * @return the record (enrolled or not), or empty if unknown
   */
  Optional<PupilRecord> findById(PupilRecordId id);

  /**
   * Every record in which this contact appears, valid and equal after normalisation: in the
   * pupil's own contacts or in any legal representative's.
   *
   * @param value a normalised e-mail, mobile phone or SNILS
   * @return the records (enrolled or not), in id order
   */
  List<PupilRecord> findByContact(ContactValue value);

  /**
   * Records by id, for a sweep that checks many at once. By default one {@link #findById} each;
   * a store should answer in as few round trips as it can.
   *
   * @param ids the ids
   * @return the records found (unknown ids are skipped), in no particular order
   */
  default List<PupilRecord> findAllById(Collection<PupilRecordId> ids) {
    return ids.stream().distinct().map(this::findById).flatMap(Optional::stream).toList();
  }

  /**
   * Inserts or replaces records by id, in one go. A replaced record's old contacts no longer
   * find it.
   *
   * @param records the records, at most one per id
   */
  void upsert(Collection<PupilRecord> records);
}
