import GovGraphModel
import Testing

struct EntityTypeTests {
    @Test("Every type but location is a type of the graph, in declared order")
    func graphTypes() {
        #expect(EntityType.graphTypes == [.person, .municipality, .district, .state, .country, .organization, .law])
        #expect(!EntityType.location.isGraphType)
        #expect(EntityType.location.plural == "locations")
        #expect(EntityType.graphTypes.sorted() == EntityType.graphTypes)
    }
}
