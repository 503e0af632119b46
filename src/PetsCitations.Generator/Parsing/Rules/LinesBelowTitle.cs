namespace PetsCitations.Generator.Parsing;

/// <summary>
/// The lines below a title (after <c>&lt;br&gt;</c> or a line break), as bold and plain titles have them:
/// <c>_A. Author, B. Author_&lt;br&gt;Arxiv 2024 [[paper](url)] 2024-01</c>. Authors in emphasis are skipped; the first
/// other text before a link is the venue (<c>Arxiv 2024</c>, <c>TACL</c>); a date after the links is the year.
/// </summary>
internal static class LinesBelowTitle
{
    public static void Read(ItemPieces item, int lineStart, ItemFacts facts)
    {
        var venueRead = false;
        while (lineStart < item.Count)
        {
            var lineEnd = lineStart + 1;
            while (lineEnd < item.Count && item[lineEnd].Kind is not (PieceKind.Break or PieceKind.NewLine))
            {
                lineEnd++;
            }

            var before = new System.Text.StringBuilder();
            var after = new System.Text.StringBuilder();
            var authors = true;
            var sawLink = false;
            for (var i = lineStart + 1; i < lineEnd; i++)
            {
                var piece = item[i];
                if (piece.Kind == PieceKind.Link)
                {
                    sawLink = true;
                    after.Clear();
                    continue;
                }

                authors &= piece.IsStyled || ItemPieces.IsOnlySeparators(piece.Text);
                ItemPieces.Append(sawLink ? after : before, piece.Text);
            }

            var beforeText = before.ToString();
            if (!venueRead && !(authors && beforeText.Trim().Length > 0) && EntryText.TryReadVenue(beforeText, requireYear: false, out var read, out var stated))
            {
                venueRead = true;
                facts.State(stated, read);
            }

            if (EntryText.IsDate(EntryText.TrimSeparators(after.ToString()), out var dated))
            {
                facts.Year ??= dated;
            }

            lineStart = lineEnd;
        }
    }
}
