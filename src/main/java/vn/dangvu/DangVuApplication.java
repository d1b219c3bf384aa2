package vn.dangvu;

import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DangVuApplication {

    static {
        // Dates ("today") and times on pages are Vietnam's, whatever the server's clock zone.
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
    }

    public static void main(String[] args) {
        SpringApplication.run(DangVuApplication.class, args);
    }
}
