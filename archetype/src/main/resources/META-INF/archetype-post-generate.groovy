// Removes the modules that were not asked for (withStrategy=false, withRenderer=false): their
// folders, and their lines in the parent pom, where the archetype lists every module it wrote.
import java.nio.file.Files
import java.nio.file.Path
import java.util.Comparator

Path project = Path.of(request.outputDirectory, request.artifactId)
Path pom = project.resolve('pom.xml')
Map<String, String> modules = [withStrategy: 'strategy', withRenderer: 'report']
modules.each { property, module ->
    if (request.properties.getProperty(property, 'true').trim() != 'true') {
        Path dir = project.resolve(module)
        if (Files.exists(dir)) {
            Files.walk(dir).withCloseable { paths ->
                paths.sorted(Comparator.reverseOrder()).forEach { Files.delete(it) }
            }
        }
        String text = Files.readString(pom)
        Files.writeString(pom, text.replaceAll("(?m)^[ \\t]*<module>${module}</module>[ \\t]*\\r?\\n", ''))
    }
}
