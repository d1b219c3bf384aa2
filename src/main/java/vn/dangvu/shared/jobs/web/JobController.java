package vn.dangvu.shared.jobs.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.dangvu.shared.CurrentActor;
import vn.dangvu.shared.jobs.JobFile;
import vn.dangvu.shared.jobs.JobView;
import vn.dangvu.shared.jobs.Jobs;
import vn.dangvu.shared.web.Commands;
import vn.dangvu.shared.web.Downloads;

/**
 * A background job's page: how far it is while it runs (the page reloads itself), its outcome after; and
 * the file it produced, if any, for its starter only.
 */
@Controller
@RequiredArgsConstructor
class JobController {

    /** Seconds between reloads of a running job's page. */
    static final int REFRESH_SECONDS = 2;

    private final Jobs jobs;
    private final CurrentActor currentActor;
    private final Commands commands;

    @GetMapping("/jobs/{id}")
    String show(@PathVariable long id, Model model, HttpServletResponse response) {
        JobView job = jobs.view(currentActor.get(), id);
        if (job.active()) {
            // the Refresh header reloads the page with or without JavaScript; the meta tag says the same
            response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
        }
        model.addAttribute("job", job);
        model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        model.addAttribute(
                "outcomeArguments", commands.resolved(job.messageArguments().toArray()));
        return "jobs/job";
    }

    @GetMapping("/jobs/{id}/file")
    void file(@PathVariable long id, HttpServletResponse response) throws IOException {
        JobFile file = jobs.file(currentActor.get(), id);
        Downloads.attach(response, file.contentType(), file.filename());
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}
