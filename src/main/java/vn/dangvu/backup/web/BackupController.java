package vn.dangvu.backup.web;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dangvu.backup.BackupJobs;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.web.Commands;

/** The backups page: a backup started as a background job, and the recent backups in the folder. */
@Controller
@RequiredArgsConstructor
class BackupController {

    private final BackupJobs backups;
    private final CurrentActor currentActor;
    private final Commands commands;

    @GetMapping("/backups")
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("backups", backups.page(currentActor.get(), PageView.safePage(page)));
        return "backup/backups";
    }

    /** {@code confirm}: the user agreed that the oldest backups the page named are deleted. */
    @PostMapping("/backups")
    String start(@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
        return commands.startJob(redirect, () -> backups.start(currentActor.get(), confirm), "/backups");
    }
}
