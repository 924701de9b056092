print("govgraph")
