void widgetsPlaceholder(){}
