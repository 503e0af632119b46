namespace PetsCitations.CodeFixes.Tests.Infrastructure;

/// <summary>The Markdown lists the tests look up in.</summary>
internal static class Lists
{
    /// <summary>Papers with arXiv ids, DOIs (from an ACM link and a doi.org link) and a USENIX link without either.</summary>
    public const string Papers = """
        # Papers

        ## Serving

        - OTAS: An Elastic Transformer Serving System via Token Adaptation [link to paper](https://arxiv.org/abs/2401.05031)
        - PowerInfer: Fast Large Language Model Serving with a Consumer-grade GPU [link to paper](https://arxiv.org/abs/2312.12456)
        - dLoRA: Dynamically Orchestrating Requests and Adapters for LoRA LLM Serving [link to paper](https://www.usenix.org/conference/osdi24/presentation/wu-bingyang)

        ## Fine-tuning

        - Chameleon: Adaptive Caching and Scheduling for Many-Adapter LLM Inference Environments [link to paper](https://dl.acm.org/doi/10.1145/3627703.3650083)
        - FastPTM: Fast Weights Loading of Pre-trained Models for Parallel Inference Service Provisioning [link to paper](https://doi.org/10.1145/3605573.3605585)
        """;

    /// <summary>OTAS alone, whose link gives no DOI.</summary>
    public const string Otas = "- OTAS: An Elastic Transformer Serving System via Token Adaptation [link to paper](https://arxiv.org/abs/2401.05031)\n";

    /// <summary>Four papers one digit apart from arXiv id 2401.05030, and one two digits apart.</summary>
    public const string Neighbours = """
        - Alpha: First neighbour [link to paper](https://arxiv.org/abs/2401.05032)
        - Beta: Second neighbour [link to paper](https://arxiv.org/abs/2401.05033)
        - Gamma: Two digits away [link to paper](https://arxiv.org/abs/2401.05099)
        - Delta: Third neighbour [link to paper](https://arxiv.org/abs/2401.05034)
        - Epsilon: Fourth neighbour [link to paper](https://arxiv.org/abs/2401.05035)
        """;
}
