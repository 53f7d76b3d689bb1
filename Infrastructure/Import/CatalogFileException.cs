using System.Text;
using MusicRecommender.Infrastructure.Csv;

namespace MusicRecommender.Infrastructure.Import;

/// <summary>A file that cannot be imported at all (empty, binary, wrong header, truncated...).</summary>
public sealed class CatalogFileException(string message) : Exception(message);
