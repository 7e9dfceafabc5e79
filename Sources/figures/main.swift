// Placeholder until the command line lands.
print("figures: not built yet")
