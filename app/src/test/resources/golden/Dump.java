import java.sql.*;
import java.io.*;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

public class Dump {
    public static void main(String[] a) throws Exception {
        ObjectMapper m = new ObjectMapper();
        try (Connection c = DriverManager.getConnection(a[0], "sa", "");
             PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(a[1]), "UTF-8"));
             ResultSet rs = c.createStatement().executeQuery("SELECT seq, at, actor, type, subject, payload, prev_hash, hash FROM journal ORDER BY seq")) {
            while (rs.next()) {
                ObjectNode n = m.createObjectNode();
                n.put("seq", rs.getLong(1));
                n.put("at", rs.getObject(2, java.time.OffsetDateTime.class).toInstant().toString());
                n.put("actor", rs.getString(3)); n.put("type", rs.getString(4)); n.put("subject", rs.getString(5));
                n.put("payload", rs.getString(6)); n.put("prevHash", rs.getString(7)); n.put("hash", rs.getString(8));
                out.println(m.writeValueAsString(n));
            }
            ResultSet h = c.createStatement().executeQuery("SELECT seq, hash FROM journal_head WHERE id = 1");
            h.next();
            System.out.println("head " + h.getLong(1) + " " + h.getString(2));
        }
    }
}
