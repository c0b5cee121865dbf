"""The parts of ontology/build_world.py, one job each: states, demonyms, cities, regions, name
checks (namecheck), name sharing (place), Turtle."""
