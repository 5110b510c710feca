package org.diaryaccess.core.invitation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.diaryaccess.spi.id.PupilRecordId;
import org.diaryaccess.spi.people.PersonName;
import org.diaryaccess.spi.service.DiarySection;
import org.diaryaccess.spi.service.Service;
import org.jspecify.annotations.Nullable;

/**
 * What the inviter reviews before sending («Проверка данных», R7 step 4): the service, the
 * trusted person's full name, each child's full name and class. Nothing is stored or sent.
 *
 * @param service the service
 * @param trustee the trusted person's full name
 * @param children the children
 * @param sections the sections to share
 * @param endDate the last day of access, if limited
 * @since 0.1.0
 */
public record InvitationPreview(
    Service service, PersonName trustee, List<Child> children, Set<DiarySection> sections, @Nullable LocalDate endDate) {

  /**
   * Copies the collections.
   *
   * @param service the service
   * @param trustee the trusted person's full name
   * @param children the children
   * @param sections the sections to share
   * @param endDate the last day of access, if limited
   */
  public InvitationPreview {
    checkNotNull(service, "service");
    checkNotNull(trustee, "trustee");
    children = ImmutableList.copyOf(children);
    sections = Sets.immutableEnumSet(sections);
  }

  /**
   * The preview of a draft the rule let go.
   *
   * @param draft the draft
   * @return what the inviter reviews
   */
  static InvitationPreview of(InvitationPolicy.Draft draft) {
    return new InvitationPreview(draft.service(), draft.invitee().name(),
        draft.pupils().stream().map(r -> new Child(r.id(), r.name(), r.className())).toList(),
        draft.sections(), draft.endDate());
  }

  /**
   * A child as the preview shows them: «Кубарев Антон Дмитриевич, 9Б».
   *
   * @param pupil the record
   * @param name the child's name
   * @param className the class
   */
  public record Child(PupilRecordId pupil, PersonName name, String className) {}
}
