"""Prints the Swift literals of StarCatalogTests.referenceSeed7Lines / referenceSeed7Sums: seed 7's
table as this reference generator writes it (its first three and last data lines, and the sum of
each numeric column, summed in row order as the Swift test does). Run from this directory."""
import mock_catalog_reference as ref

lines = ref.csv_text(ref.generate(7)).rstrip("\n").split("\n")
rows = [line.split(",") for line in lines[1:]]
print("    static let referenceSeed7Lines = [")
for line in lines[1:4] + lines[-1:]:
    print(f'        "{line}",')
print("    ]")
sums = []
for column in (1, 2, 3, 4, 5, 7, 8):
    total = 0.0
    for row in rows:
        total += float(row[column])
    sums.append(f"({column}, {total!r})")
print("    static let referenceSeed7Sums: [(column: Int, sum: Double)] = [")
print("        " + ", ".join(sums[:4]) + ",")
print("        " + ", ".join(sums[4:]) + ",")
print("    ]")
