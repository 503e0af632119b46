namespace Pets.Citations
{
    /// <summary>Where a paper's link points, derived at compile time from the URL's host.</summary>
#if PETS_GENERATOR
    // The generator compiles this file too; there it must not be a second public type of the same name.
    internal enum CitationSource
#else
    public enum CitationSource
#endif
    {
        /// <summary>Any other host.</summary>
        Other = 0,

        /// <summary>arXiv (<c>arxiv.org</c>).</summary>
        ArXiv = 1,

        /// <summary>USENIX (<c>usenix.org</c>).</summary>
        Usenix = 2,

        /// <summary>The ACM Digital Library (<c>dl.acm.org</c>, or a DOI with ACM's prefix 10.1145).</summary>
        Acm = 3,

        /// <summary>IEEE Xplore (<c>ieeexplore.ieee.org</c>, or a DOI with IEEE's prefix 10.1109).</summary>
        Ieee = 4,

        /// <summary>OpenReview (<c>openreview.net</c>).</summary>
        OpenReview = 5,

        /// <summary>ScienceDirect (<c>sciencedirect.com</c>, or a DOI with Elsevier's prefix 10.1016).</summary>
        ScienceDirect = 6,
    }
}
