package vn.dvc.dossier.imports;

import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The XML reader of a workbook's parts: POI's hardened one (no external entities, a bounded entity expansion), and no
 * document type declaration at all — a workbook never has one, so one is an attack (XXE, entity expansion) refused at
 * its first line.
 */
final class SecureXml {

    private SecureXml() {
    }

    static XMLReader reader() throws SAXException {
        try {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return reader;
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }
}
