package fi.placera.portal.web;

import fi.placera.audit.AccessAction;
import fi.placera.identity.AccessIntent;
import fi.placera.identity.ClientRecords;
import fi.placera.identity.ClientRecords.Part;
import fi.placera.identity.InformationKind;
import fi.placera.identity.PlaceraUser;
import fi.placera.platform.Rejection;
import fi.placera.platform.web.FormValues;
import fi.placera.platform.web.Forms;
import fi.placera.portal.internal.ClientComments;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The team's reply to a client's comment on their plan, from the plan part of the record (decision 0066). Who may
 * reply is who may write the client's plan: the access decision refuses another team, the care team and an emergency
 * reader alike (a 404), and nothing is stored.
 */
@Controller
class CommentRepliesController {

    private final ClientRecords records;
    private final ClientComments comments;

    CommentRepliesController(ClientRecords records, ClientComments comments) {
        this.records = records;
        this.comments = comments;
    }

    /** The reply form as posted. */
    record ReplyInput(String reply) {
    }

    @AccessIntent(AccessAction.CREATE)
    @PostMapping("/clients/{id}/plan/comments/{commentId}/replies")
    String reply(@AuthenticationPrincipal PlaceraUser user, @PathVariable UUID id, @PathVariable String commentId,
            @ModelAttribute("replyInput") ReplyInput input, BindingResult bound, Model model) {
        records.get(user, id, InformationKind.ACTION_PLAN, "reply to the client's comment on the plan");
        BindingResult errors = Forms.refusals(bound);
        UUID comment = FormValues.uuid(commentId);
        model.addAttribute("repliedTo", comment);
        return records.savedOrAgain(id, Part.PLAN, model, errors, "reply", input, () -> {
            if (comment == null) {
                throw new Rejection(null, "portal.reply.no-comment");
            }
            comments.reply(id, comment, input.reply(), user.accountId());
        });
    }
}
