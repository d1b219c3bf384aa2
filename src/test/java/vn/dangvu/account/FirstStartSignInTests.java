package vn.dangvu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import vn.dangvu.shared.DataLoading;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;

/**
 * The first start: the web server answers while the demo district is still being loaded. Until it is,
 * the sign-in page says so and a sign-in is refused unchecked (not called a wrong password, not counted
 * by the throttle); once it is, the same password signs in.
 */
@IntegrationTest
class FirstStartSignInTests extends DemoDistrictTest {

    private static final String LOADING =
            "Ứng dụng đang nạp dữ liệu mẫu (chỉ ở lần chạy đầu tiên, mất khoảng một phút). Chưa đăng nhập được:"
                    + " vui lòng đợi một lát rồi đăng nhập lại.";
    private static final String ADDRESS = "198.51.100.41";

    @Autowired
    DataLoading loading;

    @AfterEach
    void loaded() {
        loading.end();
    }

    @Test
    void shouldSayTheDemoIsLoadingInsteadOfCallingACorrectPasswordWrong() throws Exception {
        loading.begin();

        mvc.perform(get("/login")).andExpect(content().string(containsString(LOADING)));
        signIn("tochuc", "dangvu123").andExpect(redirectedUrl("/login?loading"));
        // more attempts than the address may fail: none of them is counted
        for (int i = 0; i < 12; i++) {
            signIn("tochuc", "sai-" + i).andExpect(redirectedUrl("/login?loading"));
        }
        assertThat(demo.count("select count(*) from login_throttle where subject in (?, 'tochuc')", ADDRESS))
                .isZero();
        mvc.perform(get("/login").param("loading", ""))
                .andExpect(content().string(containsString(LOADING)))
                .andExpect(content().string(not(containsString("Tên đăng nhập hoặc mật khẩu không đúng."))));

        loading.end();

        mvc.perform(get("/login").param("loading", ""))
                .andExpect(content().string(containsString("Dữ liệu mẫu đã nạp xong. Mời đăng nhập.")))
                .andExpect(content().string(not(containsString("Ứng dụng đang nạp dữ liệu mẫu"))));
        signIn("tochuc", "dangvu123").andExpect(redirectedUrl("/"));
    }

    @Test
    void shouldSayNothingAboutLoadingOnceTheDataIsThere() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(not(containsString("loading its demo data"))));
        loading.begin();
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(
                        content().string(containsString("The app is loading its demo data (on the first start only,")));
    }

    private ResultActions signIn(String username, String password) throws Exception {
        return mvc.perform(post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(ADDRESS);
                    return request;
                }));
    }
}
