package vn.binhdang.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.binhdang.references.RefLabel;
import vn.binhdang.references.ReferenceItemRepository;

/**
 * Builds session views for a whole page at once: the labels of every topic, language and audience
 * group on the page in one query, and their attachments in another — never a query per session.
 */
@ApplicationScoped
public class SessionViews {
    @Inject
    ReferenceItemRepository references;

    @Inject
    AttachmentRepository attachments;

    public SessionView one(CommunicationSession session) {
        return of(List.of(session)).get(0);
    }

    public List<SessionView> of(List<CommunicationSession> sessions) {
        Set<Long> referenceIds = new HashSet<>();
        for (CommunicationSession s : sessions) {
            Stream.of(s.topicIds, s.languageIds, s.audienceIds).flatMap(Arrays::stream).forEach(referenceIds::add);
        }
        Map<Long, RefLabel> labels = references.byIds(referenceIds).stream().map(RefLabel::of)
                .collect(Collectors.toMap(RefLabel::id, Function.identity()));
        Map<Long, List<SessionAttachment>> files = attachments.bySession(
                sessions.stream().map(s -> s.id).toList());
        return sessions.stream().map(s -> view(s, labels, files.getOrDefault(s.id, List.of()))).toList();
    }

    private static SessionView view(CommunicationSession s, Map<Long, RefLabel> labels,
            Collection<SessionAttachment> files) {
        return new SessionView(s.id, s.commune.code, s.unit.id, s.unit.code, s.unit.name, s.heldOn, s.durationMinutes,
                s.campaign == null ? null : s.campaign.id, s.campaign == null ? null : s.campaign.name,
                Arrays.stream(s.taskGroups).sorted().toList(), labels(s.topicIds, labels), RefLabel.of(s.format),
                s.village == null ? null : s.village.id, s.village == null ? null : s.village.name, s.venue,
                labels(s.languageIds, labels), labels(s.audienceIds, labels), s.participantsMale,
                s.participantsFemale, s.participantsMale + s.participantsFemale, s.ethnicMinority, s.reach,
                s.costVnd, s.fundingSource == null ? null : RefLabel.of(s.fundingSource), s.notes,
                files.stream().map(AttachmentView::of).toList(), s.createdBy, s.createdAt, s.updatedBy, s.updatedAt,
                s.version);
    }

    private static List<RefLabel> labels(Long[] ids, Map<Long, RefLabel> labels) {
        return Arrays.stream(ids).map(labels::get).filter(Objects::nonNull).toList();
    }
}
