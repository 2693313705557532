import java.sql.*;
import java.io.*;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Dumps the decision-item index rows (what the old store kept beside its journal) as JSON lines. */
public class DumpItems {
    public static void main(String[] a) throws Exception {
        ObjectMapper m = new ObjectMapper();
        try (Connection c = DriverManager.getConnection(a[0], "sa", "");
             PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(a[1]), "UTF-8"));
             ResultSet rs = c.createStatement().executeQuery("SELECT id, status, version, silence_deadline, subject, classification, created_seq FROM decision_item ORDER BY created_seq")) {
            while (rs.next()) {
                ObjectNode n = m.createObjectNode();
                n.put("id", rs.getString(1)); n.put("status", rs.getString(2)); n.put("version", rs.getLong(3));
                java.time.OffsetDateTime d = rs.getObject(4, java.time.OffsetDateTime.class);
                if (d != null) n.put("silenceDeadline", d.toInstant().toString());
                n.put("subject", rs.getString(5)); n.put("classification", rs.getString(6)); n.put("createdSeq", rs.getLong(7));
                out.println(m.writeValueAsString(n));
            }
        }
    }
}
